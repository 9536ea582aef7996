using System.Text.RegularExpressions;
using Parallax.Time;
using static Parallax.Core.Tests.Time.TimeTestPipeline;

namespace Parallax.Core.Tests.Time;

public class TimeRuleTests
{
    /// <summary>
    /// Fragments that start many patterns without completing them, repeated, plus long runs of
    /// whitespace and digits: where a pattern backtracks catastrophically this run never ends.
    /// </summary>
    private static string ProvokingText()
    {
        string[] fragments =
        [
            "the past ", "early ", "nineteen ", "1 ", "1/2 ", "  ", "- ", "more than ", "of ", "January ", "12, ",
            "Monday ", "a.m. ", "year", "s ", "quarter ", "half ", "the year two ", "every ", "last ", "fiscal ",
        ];
        var repeated = string.Concat(Enumerable.Range(0, 3000).Select(i => fragments[(i * 7) % fragments.Length]));
        return repeated + new string(' ', 20_000) + new string('1', 5_000) + " year" + new string('\t', 5_000) + "ago";
    }

    [Fact]
    public void Create_Rules_HaveNoMatchTimeout()
    {
        Assert.All(TimeExpressionRecognizer.AllRules, rule => Assert.Equal(Regex.InfiniteMatchTimeout, rule.Pattern.MatchTimeout));
    }

    [Fact]
    public void Pattern_OnTextBuiltToProvokeBacktracking_FinishesWithOrderedSpans()
    {
        var text = ProvokingText();
        foreach (var rule in TimeExpressionRecognizer.AllRules)
        {
            _ = rule.Pattern.Count(text);
        }

        var times = Times(text, Friday);
        Assert.NotEmpty(times);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.First.Span.End <= pair.Second.Span.Start));
    }
}
