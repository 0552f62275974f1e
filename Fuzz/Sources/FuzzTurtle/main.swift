import FuzzSupport

FuzzDriver.run(fuzzTurtle)
