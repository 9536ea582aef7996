using System.Text.RegularExpressions;
using Parallax.Analysis;
using Parallax.Text;

namespace Parallax.Time;

/// <summary>
/// Finds time expressions and normalizes them to TimeML values against the article's publication
/// date. Rules run from the most specific ("July 24, 2021") to the most general (a bare "2021"),
/// and a match that overlaps an accepted expression is dropped, so the longest reading wins.
/// Without a publication date, expressions that need one get a null value; absolute ones
/// ("26 July 2021", "in 2014", "P18Y") still resolve.
/// </summary>
internal sealed class TimeExpressionRecognizer : IArticleAnnotator
{
    private static readonly TimeRule[] Rules =
    [
        .. AbsoluteDateRules.Rules(),
        .. QuarterRules.Rules(),
        .. SetRules.Rules(),
        .. PeriodRules.Rules(),
        .. DefinitePeriodRules.Rules(),
        .. DurationAndClockRules.Rules(),
        .. AbsoluteDateRules.DayMonthRules(),
        .. RelativeDayRules.Rules(),
        .. PeriodRules.BareRules(),
    ];

    private static readonly Regex DateTimeJoint = new(@"^\s*(?:,|@|-|–|—|on|at)?\s*$", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    public void Annotate(ArticleAnalysis analysis)
    {
        var context = new TimeContext(analysis);
        var found = new List<TimeExpression>();
        foreach (var rule in Rules)
        {
            foreach (Match match in rule.Pattern.Matches(analysis.Text))
            {
                var group = match.Groups["x"];
                var span = group.Success ? new Span(group.Index, group.Length) : new Span(match.Index, match.Length);
                if (found.Any(t => t.Span.Overlaps(span)) || rule.Resolve(match, span, context) is not { } expression)
                {
                    continue;
                }

                found.Add(expression);
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (var i = 0; i < found.Count; i++)
        {
            found[i] = AnchorClockTime(found, i, analysis);
        }

        analysis.Times.AddRange(found);
    }

    /// <summary>
    /// A clock time takes the date written right next to it ("07:12 AM, July 24, 2021"), else the
    /// publication day; with neither it cannot be placed.
    /// </summary>
    private static TimeExpression AnchorClockTime(List<TimeExpression> found, int i, ArticleAnalysis analysis)
    {
        var time = found[i];
        if (time.Type != TimexType.Time || time.Value is not { } clock || !clock.StartsWith('T'))
        {
            return time;
        }

        var text = analysis.Text;
        foreach (var neighbour in new[] { i - 1, i + 1 })
        {
            if (neighbour < 0 || neighbour >= found.Count || found[neighbour] is not { Type: TimexType.Date, Value: { Length: 10 } day })
            {
                continue;
            }

            var other = found[neighbour].Span;
            var gap = other.End <= time.Span.Start ? Span.FromBounds(other.End, time.Span.Start) : Span.FromBounds(time.Span.End, other.Start);
            if (gap.Length <= 6 && DateTimeJoint.IsMatch(gap.Of(text)))
            {
                return time with { Value = day + clock };
            }
        }

        return time with { Value = analysis.Article.Published is { } p ? CalendarMath.Day(p) + clock : null };
    }
}
