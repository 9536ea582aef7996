namespace Parallax.Cli.Evaluation.Entities;

/// <summary>
/// Decides which gold mentions are names, from capitalization alone (ECB+ marks participants, not
/// names). A mention is a name when its last word — its head in ECB+'s minimal spans, a trailing
/// "'s" aside — is capitalized and is not a closed-class word (pronoun, determiner). Capitals prove
/// nothing where every word gets one: at the start of a sentence and in title-case headlines. There
/// a word counts only if the same document also writes it capitalized mid-sentence in running text
/// and never in lower case ("Reid" yes, "Girl" in "Party Girl Checks Into Rehab" no).
/// </summary>
internal sealed class NamedMentionRule
{
    private static readonly HashSet<string> ClosedClass = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its",
        "they", "them", "their", "this", "that", "these", "those", "the", "a", "an", "who", "whom", "which",
        "himself", "herself", "itself", "themselves", "one", "some", "all", "both", "each", "another",
    };

    private readonly Dictionary<int, GoldToken> _byId;
    private readonly HashSet<int> _weakSentences;
    private readonly HashSet<string> _capitalizedInProse = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lowercase = new(StringComparer.OrdinalIgnoreCase);

    public NamedMentionRule(IReadOnlyList<GoldToken> tokens)
    {
        _byId = tokens.ToDictionary(t => t.Id);
        _weakSentences = [.. tokens.GroupBy(t => t.Sentence).Where(IsTitleCase).Select(g => g.Key)];
        foreach (var token in tokens.Where(t => t.Text.Length > 0 && char.IsLetter(t.Text[0])))
        {
            if (char.IsLower(token.Text[0]))
            {
                _lowercase.Add(token.Text);
            }
            else if (token.Number > 0 && !_weakSentences.Contains(token.Sentence))
            {
                _capitalizedInProse.Add(token.Text);
            }
        }
    }

    public bool IsName(GoldMention mention)
    {
        var words = mention.TokenIds.Select(id => _byId.GetValueOrDefault(id)).OfType<GoldToken>()
            .Where(t => t.Span is not null && t.Text.Any(char.IsLetter) && t.Text is not ("'s" or "\u2019s"))
            .ToList();
        return words.Count > 0 && IsNameWord(words[^1]);
    }

    private bool IsNameWord(GoldToken token)
    {
        if (!char.IsUpper(token.Text[0]) || ClosedClass.Contains(token.Text))
        {
            return false;
        }

        var capitalsProveNothing = token.Number == 0 || _weakSentences.Contains(token.Sentence);
        return !capitalsProveNothing || (_capitalizedInProse.Contains(token.Text) && !_lowercase.Contains(token.Text));
    }

    /// <summary>A headline set in title case: most of its longer words are capitalized.</summary>
    private static bool IsTitleCase(IGrouping<int, GoldToken> sentence)
    {
        var words = sentence.Where(t => t.Text.Length >= 4 && char.IsLetter(t.Text[0])).ToList();
        return words.Count >= 3 && words.Count(t => char.IsUpper(t.Text[0])) * 10 >= words.Count * 7;
    }
}
