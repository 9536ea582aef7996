using System.Text.RegularExpressions;

namespace Parallax.Cleaning;

/// <summary>
/// Lines that page widgets leave in the text once their buttons and images are gone: advertisement
/// labels, gallery and text-size controls, slide counters, reading-time notes and taxonomy lines.
/// Like <see cref="BoilerplateRules"/>, each test sees one line, so the HTML and plain-text paths agree.
/// </summary>
internal static partial class FurnitureLines
{
    // Words that make up widget labels ("Advertisement", "Caption Close Back to Gallery", "Text size",
    // "Story continues below advertisement", "1 of 6"); a line of nothing else is a control, not prose.
    private static readonly HashSet<string> ControlWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "advert", "ad", "ads", "advertising", "sponsored", "anzeige", "werbung", "publicidad",
        "publicité", "pubblicità", "publicidade", "reklama", "iklan", "caption", "close", "back", "to", "gallery",
        "slideshow", "text", "font", "size", "enlarge", "expand", "collapse", "hide", "show", "more", "less",
        "previous", "prev", "next", "of", "image", "photo", "video", "play", "pause", "fullscreen", "continue",
        "continues", "reading", "below", "story", "article", "skip", "toggle", "view",
    };

    // Words that alone say nothing about a control: the line needs at least one other word from the list.
    private static readonly HashSet<string> WeakWords = new(StringComparer.OrdinalIgnoreCase) { "to", "of", "story", "article", "text", "below", "reading", "more", "back", "view" };

    // "5 min read", "Reading time: 3 minutes", "Tempo de leitura: 1 minuto", "Lesezeit: 4 Minuten".
    [GeneratedRegex(@"^(((estimated\s+)?reading\s+time|read\s+time|tempo\s+de\s+leitura|tiempo\s+de\s+lectura|temps\s+de\s+lecture|tempo\s+di\s+lettura|lesezeit|leestijd)\s*:?\s*(about\s+|approx\.?\s+|less\s+than\s+|ca\.?\s+)?\d+\s*(-\s*\d+\s*)?(min(ute)?s?|minutos?|minuti|minuten|mins?\.?)|\d+\s*(-\s*)?min(ute)?s?\.?\s+(read|de\s+leitura|de\s+lectura|de\s+lecture|lesezeit))$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    // "Filed under: Politics | Elections", "Tags: ...", "Posted in News".
    [GeneratedRegex(@"^(filed\s+(under|in)|tags?|tagged(\s+(with|as|in))?|categor(y|ies)|posted\s+in|topics?)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Taxonomy();

    // What a page shows where a script-driven widget did not run: "This slideshow requires JavaScript."
    [GeneratedRegex(@"^(this\s+(slideshow|gallery|video|content|feature|page|site|player|form)\s+requires\s+javascript|(please\s+)?(enable|turn\s+on)\s+javascript\b|javascript\s+is\s+(disabled|required|not\s+enabled)|your\s+browser\s+does\s+not\s+support\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptNotice();

    [GeneratedRegex(@"^\d+\s*(of|/)\s*\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex SlideCounter();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex Separators();

    public static bool IsFurniture(string line) => IsControlLabel(line) || IsReadingTime(line) || IsTaxonomyLine(line) || IsScriptNotice(line);

    public static bool IsScriptNotice(string line) => BoilerplateRules.WordCount(line) <= 25 && ScriptNotice().IsMatch(BoilerplateRules.StripBullet(line));

    public static bool IsControlLabel(string line)
    {
        var bare = BoilerplateRules.StripBullet(line).Trim().TrimEnd('.', ':', '\u2026', '!', '|', '>', '\u00BB');
        if (SlideCounter().IsMatch(bare))
        {
            return true;
        }

        var words = Separators().Split(bare).Where(w => w.Length > 0 && !w.All(char.IsAsciiDigit)).ToList();
        return words.Count is > 0 and <= 6 && words.All(ControlWords.Contains) && (words.Count == 1 ? !WeakWords.Contains(words[0]) : words.Any(w => !WeakWords.Contains(w)));
    }

    public static bool IsReadingTime(string line) => BoilerplateRules.WordCount(line) <= 8 && ReadingTime().IsMatch(BoilerplateRules.StripBullet(line).TrimEnd('.'));

    public static bool IsTaxonomyLine(string line) => BoilerplateRules.WordCount(line) <= 25 && !BoilerplateRules.LooksLikeProse(line) && Taxonomy().IsMatch(BoilerplateRules.StripBullet(line));
}
