using System.Text.RegularExpressions;

namespace Parallax.Entities.Ner;

/// <summary>
/// Splits running text into CoNLL-2003-like tokens: words (with inner hyphens), abbreviations
/// with periods ("U.S."), numbers with inner separators, the clitics "'s" and "n't" apart, and
/// every other non-space character on its own. Used for the unlabelled text clusters learn from.
/// </summary>
public static partial class TextTokenizer
{
    public static List<string> Tokenize(string text) =>
        [.. Token().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"(?:\p{L}\.){2,}|\p{L}+(?=n't)|n't|'s\b|\p{N}+(?:[.,:/-]\p{N}+)*|\p{L}+(?:-\p{L}+)*|\S")]
    private static partial Regex Token();
}
