using Parallax.Briefing;
using Parallax.Core.Tests.Clustering;
using Parallax.Entities;

namespace Parallax.Core.Tests.Briefing;

public class ClaimGrouperTests
{
    private static Parallax.Analysis.ArticleAnalysis WithPlace(string id, string text, string? outlet = null)
    {
        // Every mention of the place is an entity, as the recognizer would mark it.
        var article = StoryTexts.Article(id, text, outlet: outlet);
        const string Place = "Veloria";
        for (var at = article.Text.IndexOf(Place, StringComparison.Ordinal); at >= 0; at = article.Text.IndexOf(Place, at + 1, StringComparison.Ordinal))
        {
            article.Entities.Add(new EntityMention(new Parallax.Text.Span(at, Place.Length), EntityType.Location, Place));
        }

        return article;
    }

    [Fact]
    public void Group_TwoArticlesRelayingSameOutlet_CountAsOneOrigin()
    {
        var a = WithPlace("a", "The dam above Veloria is cracked, according to the Marrenburg Courier.");
        var b = WithPlace("b", "The dam above Veloria has cracked, according to the Marrenburg Courier.");

        var claim = Assert.Single(ClaimGrouper.Group(StoryTexts.Of(null, a, b)));

        Assert.Equal(["a", "b"], claim.SupportingArticleIds);
        Assert.Equal(1, claim.IndependentOrigins);
    }

    [Fact]
    public void Group_RelayedOutletOwnArticle_IsSameOrigin()
    {
        var a = WithPlace("a", "The dam above Veloria is cracked, engineers told the Marrenburg Courier.", outlet: "Marrenburg Courier");
        var b = WithPlace("b", "The dam above Veloria has cracked, according to the Marrenburg Courier.");

        Assert.Equal(1, Assert.Single(ClaimGrouper.Group(StoryTexts.Of(null, a, b))).IndependentOrigins);
    }

    [Fact]
    public void Group_DuplicateArticle_SupportsButAddsNoOrigin()
    {
        var a = WithPlace("a", "Engineers said the dam above Veloria is cracked.");
        var copy = WithPlace("copy", "Engineers said the dam above Veloria is cracked.");
        var b = WithPlace("b", "Engineers in Veloria confirmed the dam above the town is cracked.");

        var claim = Assert.Single(ClaimGrouper.Group(StoryTexts.Of(new Dictionary<string, string> { ["copy"] = "a" }, a, copy, b)));

        Assert.Equal(["a", "copy", "b"], claim.SupportingArticleIds);
        Assert.Equal(2, claim.IndependentOrigins);
    }

    [Fact]
    public void Group_NegatedReport_Contradicts()
    {
        var a = WithPlace("a", "Officials in Veloria said the dam was damaged by the earthquake.");
        var b = WithPlace("b", "Officials in Veloria said the dam was not damaged by the earthquake.");
        var c = WithPlace("c", "Officials in Veloria said the dam was damaged by the quake.");

        var claim = Assert.Single(ClaimGrouper.Group(StoryTexts.Of(null, a, b, c)));

        Assert.Equal(["a", "c"], claim.SupportingArticleIds);
        Assert.Equal(["b"], claim.ContradictingArticleIds);
        Assert.DoesNotContain("not", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_DifferentFigureForSameThing_Contradicts()
    {
        var a = WithPlace("a", "The earthquake killed 40 people in Veloria, officials said.");
        a.AddQuantity("40 people", 40, "people");
        var b = WithPlace("b", "The earthquake killed 52 people in Veloria, officials said.");
        b.AddQuantity("52 people", 52, "people");

        var claim = Assert.Single(ClaimGrouper.Group(StoryTexts.Of(null, a, b)));

        Assert.Single(claim.SupportingArticleIds);
        Assert.Single(claim.ContradictingArticleIds);
    }

    [Fact]
    public void Group_DifferentlyWordedLeadWithOtherFigure_StillContradicts()
    {
        var a = WithPlace("a", "An earthquake struck the mountain town of Veloria early on Monday, killing at least 40 people and trapping dozens under collapsed homes.");
        a.AddQuantity("at least 40 people", 40, "people");
        var b = WithPlace("b", "Rescuers in Veloria dug through rubble after a powerful earthquake flattened parts of the town, with 52 people killed.");
        b.AddQuantity("52 people", 52, "people");

        var claims = ClaimGrouper.Group(StoryTexts.Of(null, a, b));

        Assert.Contains(claims, c => c.SupportingArticleIds.SequenceEqual(["a"]) && c.ContradictingArticleIds.SequenceEqual(["b"]));
    }

    [Fact]
    public void Group_SentencesWithoutFacts_AreNotClaims()
    {
        var a = StoryTexts.Article("a", "The weather was cold and grey. Everyone hoped for better days.");

        Assert.Empty(ClaimGrouper.Group(StoryTexts.Of(null, a)));
    }

    [Fact]
    public void Group_UnrelatedFacts_AreSeparateClaims()
    {
        var a = WithPlace("a", "The earthquake destroyed the school in Veloria, officials said. The governor announced a day of mourning on Friday.");
        a.AddTime("Friday", "2031-03-14");

        Assert.Equal(2, ClaimGrouper.Group(StoryTexts.Of(null, a)).Count);
    }

    [Fact]
    public void Group_QuestionsAndDashTails_AreNotClaims()
    {
        var a = WithPlace("a", "What will happen to the dam above Veloria now?\n\n- he said in an interview on the dam above Veloria.");

        Assert.Empty(ClaimGrouper.Group(StoryTexts.Of(null, a)));
    }

    [Fact]
    public void Group_SentencesOfOneArticle_NeverSupportEachOther()
    {
        var a = WithPlace("a", "Engineers said the dam above Veloria is cracked. Engineers said the dam above Veloria is badly cracked.");

        var claims = ClaimGrouper.Group(StoryTexts.Of(null, a));

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(["a"], c.SupportingArticleIds));
    }

    [Fact]
    public void Group_ManySingleSourceStatements_AreCapped()
    {
        var text = string.Join(" ", Enumerable.Range(1, 40).Select(i => $"Officials in Veloria said that {i} homes in district number {i} lost power."));
        var a = WithPlace("a", text);

        Assert.Equal(ClaimGrouper.MaxClaims, ClaimGrouper.Group(StoryTexts.Of(null, a)).Count);
    }
}
