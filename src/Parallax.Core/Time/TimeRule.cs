using System.Text.RegularExpressions;
using Parallax.Analysis;
using Parallax.Text;

namespace Parallax.Time;

/// <summary>Resolves one regex match into a time expression, or rejects it with null.</summary>
internal delegate TimeExpression? TimeResolver(Match match, Span span, TimeContext context);

/// <summary>
/// A pattern and its resolution. The expression's span is the match's group "x" when the pattern
/// has one (so a leading "on" or "by" can anchor a match without becoming part of the timex), else
/// the whole match.
/// </summary>
internal sealed record TimeRule(string Name, Regex Pattern, TimeResolver Resolve)
{
    /// <summary>
    /// No match timeout: a timeout made results depend on machine load (a loaded machine once
    /// took 8-9 s over a test run). Instead the patterns are kept linear: alternations of fixed
    /// words, single loops over whitespace or digits and no nested quantifiers, so one attempt
    /// costs at most the few words it spans. TimeRuleTests runs every rule over text built to
    /// provoke backtracking.
    /// </summary>
    private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;

    public static TimeRule Create(string name, string pattern, TimeResolver resolve) =>
        new(name, new Regex(pattern, RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout), resolve);
}

/// <summary>What rules may read while resolving: the text, the publication date and the tense around a span.</summary>
internal sealed class TimeContext(ArticleAnalysis analysis)
{
    public string Text => analysis.Text;

    public DateOnly? Published => analysis.Article.Published;

    public Tense TenseAt(Span span)
    {
        var sentence = analysis.SentenceAt(span.Start)?.Span ?? LocalSentence(span);
        return SentenceTense.Detect(Text, sentence, span);
    }

    /// <summary>Sentence bounds by punctuation, for analyses that were not segmented first.</summary>
    private Span LocalSentence(Span span)
    {
        var text = Text;
        var start = span.Start;
        while (start > 0 && text[start - 1] is not ('.' or '!' or '?' or '\n'))
        {
            start--;
        }

        var end = span.End;
        while (end < text.Length && text[end] is not ('.' or '!' or '?' or '\n'))
        {
            end++;
        }

        return Span.FromBounds(start, end);
    }
}
