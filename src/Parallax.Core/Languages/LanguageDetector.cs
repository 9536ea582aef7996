namespace Parallax.Languages;

/// <summary>
/// Guesses the language of a text. Non-Latin scripts decide by themselves (Cyrillic, Arabic, Han,
/// kana, Hangul, Greek, Hebrew); Latin-script text is scored by how many of its words are among the
/// most frequent function words of each language, which takes a few sentences to be reliable.
/// Returns an ISO 639-1 code, or "und" when the evidence is too thin or too close to call.
/// </summary>
public sealed class LanguageDetector
{
    public const string Undetermined = "und";

    private const int MinStopwordHits = 3;
    private const double MinStopwordShare = 0.08;
    private const double MinLeadOverRunnerUp = 1.5;

    private static readonly char[] Separators = " \t\r\n.,;:!?\"'()[]{}«»\u201C\u201D\u2018\u2019\u2014\u2013-/".ToCharArray();

    private static readonly Dictionary<string, HashSet<string>> Stopwords = new()
    {
        ["en"] = Set("the of and to in is that was for on with as are by at from it this be have has said were which not but they he his"),
        ["fr"] = Set("le la les des du de et est une dans pour que qui sur au aux par pas avec ce il elle sont ont été cette mais plus nous se"),
        ["de"] = Set("der die das und ist nicht ein eine den dem des mit auf für von sich im auch es wird werden wurde zu bei nach aus hat sind"),
        ["es"] = Set("el la los las de del y que en un una por para con se es no su al lo como más pero fue ha sus este esta"),
        ["it"] = Set("il la di che e è un una per con non del della dei delle gli le nel nella sono ha anche come più da ma questo"),
        ["pt"] = Set("o a os as de do da dos das e que em um uma para com não por se é no na ao foi mais como mas são seu sua"),
        ["nl"] = Set("de het een en van is dat niet in op te met voor zijn er aan ook als bij door om maar werd wordt heeft hij"),
    };

    public string Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Undetermined;
        }

        return ByScript(text) ?? ByStopwords(text);
    }

    private static string? ByScript(string text)
    {
        int latin = 0, cyrillic = 0, arabic = 0, han = 0, kana = 0, hangul = 0, greek = 0, hebrew = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F': latin++; break;
                case >= '\u0400' and <= '\u04FF': cyrillic++; break;
                case >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F': arabic++; break;
                case >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF': han++; break;
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\uAC00' and <= '\uD7AF': hangul++; break;
                case >= '\u0370' and <= '\u03FF': greek++; break;
                case >= '\u0590' and <= '\u05FF': hebrew++; break;
                default: break;
            }
        }

        // Han characters carry a word each, so they count more than alphabet letters.
        var scripts = new (string Code, double Weight)[]
        {
            ("ru", cyrillic), ("ar", arabic), ("zh", han * 3), ("ja", (han * 3) + (kana * 2)), ("ko", hangul * 2),
            ("el", greek), ("he", hebrew),
        };
        var best = scripts.MaxBy(s => s.Weight);
        if (best.Weight == 0 || best.Weight < latin)
        {
            return null;
        }

        // Japanese mixes Han with kana; Chinese has no kana at all.
        return best.Code == "ja" && kana == 0 ? "zh" : best.Code;
    }

    private static string ByStopwords(string text)
    {
        var words = text.ToLowerInvariant()
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetter))
            .ToList();
        if (words.Count == 0)
        {
            return Undetermined;
        }

        var scores = Stopwords
            .Select(kv => (Code: kv.Key, Hits: words.Count(kv.Value.Contains)))
            .OrderByDescending(s => s.Hits)
            .ToList();
        var (code, hits) = scores[0];
        var runnerUp = scores[1].Hits;
        var confident = hits >= MinStopwordHits
            && hits >= words.Count * MinStopwordShare
            && hits >= runnerUp * MinLeadOverRunnerUp;
        return confident ? code : Undetermined;
    }

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
