import FuzzSupport

FuzzDriver.run(fuzzJSONGraph)
