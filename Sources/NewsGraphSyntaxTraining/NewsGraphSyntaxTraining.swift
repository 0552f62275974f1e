/// # NewsGraphSyntaxTraining
///
/// Trains the tagger and parser of ``NewsGraphSyntax`` on CoNLL-U treebanks
/// and writes a model file. Used by the `newsgraph-train` tool
/// (`scripts/parser/train.sh`); the `newsgraph` binary does not link it.
///
/// Training is reproducible: one seeded generator (``SplitMix64``) orders the
/// sentences and chooses the explored moves, nothing depends on hash order,
/// and the same data, seed and settings give the same model bytes.
