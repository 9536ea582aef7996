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
        .. SpelledYearRules.Rules(),
        .. HolidayRules.Rules(),
        .. QuarterRules.Rules(),
        .. SetRules.Rules(),
        .. PeriodRules.Rules(),
        .. DefinitePeriodRules.Rules(),
        .. DurationAndClockRules.Rules(),
        .. AbsoluteDateRules.DayMonthRules(),
        .. RelativeDayRules.Rules(),
        .. PeriodRules.BareRules(),
    ];

    /// <summary>Every rule in the order it runs; tests check all patterns at once.</summary>
    internal static IReadOnlyList<TimeRule> AllRules => Rules;

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
        YearAgoQuarterAnchoring.Apply(found, analysis.Text);
        analysis.Times.AddRange(AdjacentTimexMerger.Merge(found, analysis));
    }
}
