using System.Net;
using Parallax.Briefing;

namespace Parallax.Web.Tests.Quotes;

public sealed class QuotesApiTests(WebStore store) : IClassFixture<WebStore>
{
    [Fact]
    public async Task List_BySpeakerAndStory_KeepsOnlyMatchingQuotes()
    {
        var all = await store.GetJsonAsync<List<StoryQuote>>("/api/quotes");
        var sample = all.First(q => !q.Quote.Speaker.Anonymous);
        var name = sample.Quote.Speaker.Name;

        var bySpeaker = await store.GetJsonAsync<List<StoryQuote>>($"/api/quotes?speaker={Uri.EscapeDataString(name)}&story={sample.StoryId}");

        Assert.Contains(bySpeaker, q => q.Quote.Text == sample.Quote.Text);
        Assert.All(bySpeaker, q => Assert.Equal(sample.StoryId, q.StoryId));
        Assert.True(bySpeaker.Count < all.Count);
    }

    [Fact]
    public async Task List_UnknownStory_NotFoundProblem()
    {
        await ProblemAssert.IsProblemAsync(await store.Client.GetAsync("/api/quotes?story=no-such-story"), HttpStatusCode.NotFound);
    }
}
