using System.Net;
using Parallax.Briefing;
using Parallax.Web.Corpus;
using Parallax.Web.Entities;

namespace Parallax.Web.Tests.Entities;

public sealed class EntitiesApiTests(WebStore store) : IClassFixture<WebStore>
{
    [Fact]
    public async Task List_BySpellingVariant_FindsTheCanonicalEntity()
    {
        var all = await store.GetJsonAsync<PageOf<EntityEntry>>("/api/entities?pageSize=100");
        var varied = all.Items.First(e => e.Aliases.Any(a => a != e.Name));
        var variant = varied.Aliases.First(a => a != varied.Name);

        var found = await store.GetJsonAsync<PageOf<EntityEntry>>($"/api/entities?q={Uri.EscapeDataString(variant)}");

        Assert.Contains(found.Items, e => e.Id == varied.Id);
    }

    [Fact]
    public async Task Get_SpeakingEntity_HasItsStoriesAndOnlyItsQuotes()
    {
        var quotes = await store.GetJsonAsync<List<StoryQuote>>("/api/quotes");
        var speaker = quotes.First(q => q.Quote.Speaker.EntityId is not null).Quote.Speaker.EntityId!;

        var detail = await store.GetJsonAsync<EntityDetail>($"/api/entities/{speaker}");

        Assert.NotEmpty(detail.Stories);
        Assert.NotEmpty(detail.Quotes);
        Assert.All(detail.Quotes, q => Assert.Equal(speaker, q.Quote.Speaker.EntityId));
        var page = await store.Client.GetStringAsync($"/entities/{speaker}");
        Assert.Contains($"href=\"/stories/{detail.Stories[0].Id}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_EntitiesWithRoles_CiteTheirOwnArticlesForEachRole()
    {
        var all = await store.GetJsonAsync<PageOf<EntityEntry>>("/api/entities?pageSize=100");

        var withRoles = all.Items.Where(e => e.StatedRoles.Count > 0).ToList();
        Assert.NotEmpty(withRoles);
        Assert.All(withRoles, e => Assert.All(e.StatedRoles, r => Assert.Subset(e.ArticleIds.ToHashSet(), r.ArticleIds.ToHashSet())));
        Assert.All(withRoles, e => Assert.All(e.StatedRoles, r => Assert.NotEmpty(r.ArticleIds)));
    }

    [Fact]
    public async Task Get_UnknownEntity_NotFoundProblem()
    {
        await ProblemAssert.IsProblemAsync(await store.Client.GetAsync("/api/entities/e-none"), HttpStatusCode.NotFound);
    }
}
