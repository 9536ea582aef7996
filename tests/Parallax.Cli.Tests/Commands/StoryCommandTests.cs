using System.Text.Json;

namespace Parallax.Cli.Tests.Commands;

/// <summary>`parallax story merge|split` and `parallax recluster` on the demo corpus (two stories: four reports of one event, one unrelated).</summary>
public sealed class StoryCommandTests : IDisposable
{
    private static readonly string Demo = Path.Combine(SharedData.RepositoryRoot, "samples", "demo");

    private readonly TempDirectory _temp = new();

    private async Task<string> IngestedAsync()
    {
        var db = _temp.File("store.db");
        var ingest = await CliRunner.RunAsync("ingest", Demo, "--db", db, "--quiet");
        Assert.True(ingest.ExitCode == ExitCodes.Success, ingest.Error);
        return db;
    }

    /// <summary>Story id → its article ids, from the JSON briefing.</summary>
    private static async Task<Dictionary<string, string[]>> StoriesAsync(string db)
    {
        var result = await CliRunner.RunAsync("brief", "--db", db, "--format", "json");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        BriefingSchema.AssertValid(result.Out);
        using var json = JsonDocument.Parse(result.Out);
        return json.RootElement.GetProperty("stories").EnumerateArray().ToDictionary(
            s => s.GetProperty("id").GetString()!,
            s => s.GetProperty("articleIds").EnumerateArray().Select(a => a.GetString()!).ToArray());
    }

    [Fact]
    public async Task Merge_TwoStories_OneStoryRemainsAfterRecluster()
    {
        var db = await IngestedAsync();
        var stories = await StoriesAsync(db);
        var big = stories.Single(s => s.Value.Length == 4).Key;
        var small = stories.Single(s => s.Value.Length == 1).Key;

        var merge = await CliRunner.RunAsync("story", "merge", big, small, "--db", db);
        var recluster = await CliRunner.RunAsync("recluster", "--db", db, "--json");

        Assert.True(merge.ExitCode == ExitCodes.Success, merge.Error);
        Assert.Contains($"Merged into {big}", merge.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, recluster.ExitCode);
        using var report = JsonDocument.Parse(recluster.Out.Trim().Split('\n')[^1]);
        Assert.Equal(1, report.RootElement.GetProperty("stories").GetInt32());
        Assert.Equal(0, report.RootElement.GetProperty("storiesChanged").GetInt32());
        Assert.Equal(1, report.RootElement.GetProperty("overrides").GetInt32());
        Assert.Equal(5, Assert.Single(await StoriesAsync(db)).Value.Length);
    }

    [Fact]
    public async Task Split_OneArticle_NewStoryListedAsRelatedInTheBriefing()
    {
        var db = await IngestedAsync();
        var (big, articles) = (await StoriesAsync(db)).Single(s => s.Value.Length == 4);
        var leaving = articles[^1];

        var split = await CliRunner.RunAsync("story", "split", big, leaving, "--db", db);

        Assert.True(split.ExitCode == ExitCodes.Success, split.Error);
        var brief = await CliRunner.RunAsync("brief", "--db", db, "--story", big, "--format", "json");
        using var json = JsonDocument.Parse(brief.Out);
        var story = Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray());
        Assert.Equal(3, story.GetProperty("articleIds").GetArrayLength());
        var related = story.GetProperty("topic").GetProperty("relatedStories").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("s-" + leaving, related);
    }

    [Fact]
    public async Task Merge_UnknownStory_ExitsNotFoundNamingItAndChangesNothing()
    {
        var db = await IngestedAsync();
        var before = await CliRunner.RunAsync("stories", "--db", db, "--json");

        var result = await CliRunner.RunAsync("story", "merge", (await StoriesAsync(db)).Keys.First(), "s-nosuchstory", "--db", db);

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("s-nosuchstory", result.Error, StringComparison.Ordinal);
        Assert.Equal(before.Out, (await CliRunner.RunAsync("stories", "--db", db, "--json")).Out);
    }

    [Fact]
    public async Task Merge_StoryWithItself_ExitsUsage()
    {
        var db = await IngestedAsync();
        var id = (await StoriesAsync(db)).Keys.First();

        var result = await CliRunner.RunAsync("story", "merge", id, id, "--db", db);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(id, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Split_ArticleNotInTheStory_ExitsNotFoundNamingTheArticle()
    {
        var db = await IngestedAsync();
        var id = (await StoriesAsync(db)).Keys.First();

        var result = await CliRunner.RunAsync("story", "split", id, "0000000000000000", "--db", db);

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("0000000000000000", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recluster_EmptyStore_ExitsNothingToDo()
    {
        var result = await CliRunner.RunAsync("recluster", "--db", _temp.File("empty.db"));

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains("parallax ingest", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recluster_NothingChanged_ReportsNoChangedStoriesOrTopics()
    {
        var db = await IngestedAsync();

        var result = await CliRunner.RunAsync("recluster", "--db", db);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("2 stories (0 changed)", result.Out, StringComparison.Ordinal);
        Assert.Contains("topics (0 changed)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_Markdown_NamesTheStorysTopic()
    {
        var db = await IngestedAsync();

        var result = await CliRunner.RunAsync("brief", "--db", db, "--format", "markdown");

        Assert.Contains("Topic `t-", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stories_Table_ShowsEachStorysTopic()
    {
        var db = await IngestedAsync();

        var result = await CliRunner.RunAsync("stories", "--db", db);

        Assert.Contains("│ Topic", result.Out, StringComparison.Ordinal);
        Assert.Contains("t-", result.Out, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
