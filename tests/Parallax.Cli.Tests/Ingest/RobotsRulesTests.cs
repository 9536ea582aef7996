using Parallax.Cli.Ingest;

namespace Parallax.Cli.Tests.Ingest;

public class RobotsRulesTests
{
    [Fact]
    public void Allows_LongestMatchWins_AllowOnTie()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /news/\nAllow: /news/public/\n", "Parallax");

        Assert.False(rules.Allows("/news/secret"));
        Assert.True(rules.Allows("/news/public/story"));
        Assert.True(rules.Allows("/about"));
    }

    [Fact]
    public void Parse_GroupForOurAgent_OverridesTheStarGroup()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /\n\nUser-agent: parallax\nDisallow: /drafts\n", "Parallax");

        Assert.True(rules.Allows("/news"));
        Assert.False(rules.Allows("/drafts/1"));
    }

    [Fact]
    public void Allows_WildcardAndEndAnchor()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\n", "Parallax");

        Assert.False(rules.Allows("/files/report.pdf"));
        Assert.True(rules.Allows("/files/report.pdf.html"));
        Assert.False(rules.Allows("/search?q=dam"));
    }

    [Fact]
    public void Parse_EmptyDisallowAndComments_AllowEverything()
    {
        var rules = RobotsRules.Parse("# hello\nUser-agent: *\nDisallow:\n", "Parallax");

        Assert.True(rules.Allows("/anything"));
    }
}
