import FuzzSupport

FuzzDriver.run(fuzzSPARQL)
