using System.Text;

namespace Parallax.Storage.Search;

/// <summary>
/// Turns what a person typed into an FTS5 query. Every word becomes a quoted phrase, so operators,
/// column filters and stray quotes in the input can never be a syntax error or change the meaning:
/// the result matches articles containing all the words.
/// </summary>
public static class FullTextQuery
{
    /// <summary>The FTS5 expression, or null when the text has no word to search for.</summary>
    public static string? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            Flush(word, terms);
        }

        Flush(word, terms);
        return terms.Count == 0 ? null : string.Join(' ', terms);
    }

    private static void Flush(StringBuilder word, List<string> terms)
    {
        if (word.Length > 0)
        {
            terms.Add("\"" + word + "\"");
            word.Clear();
        }
    }
}
