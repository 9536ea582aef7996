using System.Net;
using Parallax.Storage;
using Parallax.Web.Tests.Stories;

namespace Parallax.Web.Tests.Overrides;

/// <summary>On the demo store with one report split off its largest story (the one override).</summary>
public sealed class OverridesApiTests(SplitStoryWebStore store) : IClassFixture<SplitStoryWebStore>
{
    [Fact]
    public async Task List_AfterSplit_ListsTheSplitAsHolding()
    {
        var overrides = await store.GetJsonAsync<List<OverrideEntry>>("/api/overrides");

        var split = Assert.Single(overrides);
        Assert.Equal(("split", store.Largest, "holds"), (split.Kind, split.StoryId, split.Status));
        Assert.Equal(store.SplitOff, "s-" + Assert.Single(split.MovedArticleIds));
        Assert.NotNull(split.RecordedAt);
        Assert.Empty(split.MissingArticleIds);
    }

    [Fact]
    public async Task Get_KnownId_ReturnsThatOverride()
    {
        var id = (await store.GetJsonAsync<List<OverrideEntry>>("/api/overrides"))[0].Id;

        var entry = await store.GetJsonAsync<OverrideEntry>($"/api/overrides/{id}");

        Assert.Equal(id, entry.Id);
        Assert.Contains(entry.KeptArticleIds, a => "s-" + a == store.Largest);
    }

    [Fact]
    public async Task Get_UnknownId_NotFoundProblemNamingIt()
    {
        var problem = await ProblemAssert.IsProblemAsync(await store.Client.GetAsync("/api/overrides/987654"), HttpStatusCode.NotFound);

        Assert.Contains("987654", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_IsNotOffered_TheApiIsReadOnly()
    {
        var response = await store.Client.DeleteAsync("/api/overrides/1");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
