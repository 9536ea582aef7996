using Parallax.Briefing;
using Parallax.Core.Tests.Clustering;
using Parallax.Entities;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Core.Tests.Briefing;

public class QuoteCollectorTests
{
    private const string Text =
        "Governor Ilse Varga said: \"We will rebuild every home.\" She added: \"Nobody will be left outside.\" " +
        "A rescuer, who asked not to be named, told the Marrenburg Courier: \"The bridge is unsafe.\"";

    [Fact]
    public void Collect_LinksSpeakersAndKeepsAnonymousSourcesAndRelays()
    {
        var a = StoryTexts.Article("a", Text);
        var varga = a.AddEntity("Ilse Varga", EntityType.Person);
        a.AddQuote("We will rebuild every home.", "said", new SpeakerMention(varga.Span, "Ilse Varga"));
        a.AddQuote("Nobody will be left outside.", "added", new SpeakerMention(TestArticles.SpanOf(a, "She"), "She") { Antecedent = varga.Span });
        a.AddQuote("The bridge is unsafe.", "told", new SpeakerMention(TestArticles.SpanOf(a, "A rescuer"), "A rescuer") { Anonymous = true, Description = "rescuer" }, via: "Marrenburg Courier");
        var index = new EntityIndex(
            [new CanonicalEntity { Id = "e1", Name = "Ilse Varga", Type = EntityType.Person, Aliases = [], Roles = [], ArticleIds = ["a"], MentionCount = 1 }],
            new Dictionary<(string, Span), string> { [("a", varga.Span)] = "e1" });

        var quotes = QuoteCollector.Collect(StoryTexts.Of(null, a), index);

        Assert.Equal(3, quotes.Count);
        Assert.Equal("We will rebuild every home.", quotes[0].Text);
        Assert.Equal("said", quotes[0].Cue);
        Assert.Equal("direct", quotes[0].Kind);
        Assert.Equal("e1", quotes[0].Speaker.EntityId);
        Assert.Equal("e1", quotes[1].Speaker.EntityId);
        Assert.Equal("Ilse Varga", quotes[1].Speaker.Name);
        Assert.Null(quotes[2].Speaker.EntityId);
        Assert.Equal("rescuer", quotes[2].Speaker.Name); // an unnamed source goes by its description
        Assert.True(quotes[2].Speaker.Anonymous);
        Assert.Equal("rescuer", quotes[2].Speaker.Description);
        Assert.Equal("Marrenburg Courier", quotes[2].Via);
    }

    [Fact]
    public void Collect_QuotesInDuplicateArticles_AreSkipped()
    {
        var a = StoryTexts.Article("a", Text);
        a.AddQuote("The bridge is unsafe.", "told", new SpeakerMention(null, "A rescuer"));
        var copy = StoryTexts.Article("copy", Text);
        copy.AddQuote("The bridge is unsafe.", "told", new SpeakerMention(null, "A rescuer"));
        var index = new EntityIndex([], new Dictionary<(string, Span), string>());

        var quote = Assert.Single(QuoteCollector.Collect(StoryTexts.Of(new Dictionary<string, string> { ["copy"] = "a" }, a, copy), index));

        Assert.Equal("a", quote.ArticleId);
    }
}
