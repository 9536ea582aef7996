using System.Net;
using System.Text.Json;
using Parallax.Storage;

namespace Parallax.Web.Tests.Overrides;

/// <summary>The demo store with its two stories merged by 'parallax story merge', served.</summary>
public sealed class MergedWebStore : WebStore
{
    public MergedWebStore()
    {
        var stories = CliRunner.RunAsync("stories", "--db", Database, "--json").GetAwaiter().GetResult();
        using var json = JsonDocument.Parse(stories.Out);
        var ids = json.RootElement.EnumerateArray()
            .OrderByDescending(s => s.GetProperty("articleCount").GetInt32())
            .Select(s => s.GetProperty("id").GetString()!)
            .ToList();
        (Target, Source) = (ids[0], ids[1]);
        var merge = CliRunner.RunAsync("story", "merge", Target, Source, "--db", Database, "--quiet").GetAwaiter().GetResult();
        Assert.True(merge.ExitCode == 0, "merge failed: " + merge.Error);
    }

    public string Target { get; }

    public string Source { get; }
}

public sealed class OverridesApiTests(MergedWebStore store) : IClassFixture<MergedWebStore>
{
    [Fact]
    public async Task List_AfterMerge_ListsTheMergeAsHolding()
    {
        var overrides = await store.GetJsonAsync<List<OverrideEntry>>("/api/overrides");

        var merge = Assert.Single(overrides);
        Assert.Equal(("merge", store.Target, "holds"), (merge.Kind, merge.StoryId, merge.Status));
        Assert.Equal(store.Source, "s-" + Assert.Single(merge.MovedArticleIds));
        Assert.NotNull(merge.RecordedAt);
        Assert.Empty(merge.MissingArticleIds);
    }

    [Fact]
    public async Task Get_KnownId_ReturnsThatOverride()
    {
        var id = (await store.GetJsonAsync<List<OverrideEntry>>("/api/overrides"))[0].Id;

        var entry = await store.GetJsonAsync<OverrideEntry>($"/api/overrides/{id}");

        Assert.Equal(id, entry.Id);
        Assert.Contains(entry.KeptArticleIds, a => "s-" + a == store.Target);
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
