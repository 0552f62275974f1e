import FuzzSupport

// Loads the syntax model before libFuzzer times inputs.
_ = fuzzLexicon(nil, 0)
FuzzDriver.run(fuzzLexicon)
