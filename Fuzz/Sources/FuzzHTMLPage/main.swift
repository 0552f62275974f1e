import FuzzSupport

FuzzDriver.run(fuzzHTMLPage)
