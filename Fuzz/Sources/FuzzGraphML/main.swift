import FuzzSupport

FuzzDriver.run(fuzzGraphML)
