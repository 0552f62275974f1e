import FuzzSupport

FuzzDriver.run(fuzzCoNLLU)
