import FuzzSupport

// Builds the lexicon and loads the syntax model before libFuzzer times inputs.
_ = fuzzPlainText(nil, 0)
FuzzDriver.run(fuzzPlainText)
