/// # NewsGraphText
///
/// Turns an input file into the article body that extraction reads: plain
/// text or a saved web page (article body found by content scoring), then
/// sentences and tokens with their character ranges.
