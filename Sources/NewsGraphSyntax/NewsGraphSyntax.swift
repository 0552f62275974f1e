/// # NewsGraphSyntax
///
/// Part-of-speech tags and dependency trees for the sentences of an article,
/// from models trained on Universal Dependencies English EWT (CC BY-SA 4.0).
///
/// - ``SyntaxModel``: the trained weights, compiled into the binary
///   (``SyntaxModel/builtIn``) or read from a file.
/// - ``Tagger``: an averaged perceptron that gives each word a UPOS and an
///   XPOS tag.
/// - ``DependencyParser``: a greedy arc-hybrid transition parser over the
///   tagged words, giving each word a head and a relation (`nsubj`, `obj`, ...).
/// - ``WordSplitter``: the tokens the extractor reads, as the syntactic words
///   the models were trained on (`don't` is `do` + `n't`, `Russian-made` is
///   `Russian` + `-` + `made`).
/// - ``CoNLLU``: reading and writing CoNLL-U.
///
/// Tagging and parsing allocate nothing per feature: words are hashed once
/// (``WordKey``), features are 64-bit hashes of template and atoms, and the
/// weights live in open-addressing tables read straight from the model bytes.
