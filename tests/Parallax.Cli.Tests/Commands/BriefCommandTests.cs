using System.Text.Json;

namespace Parallax.Cli.Tests.Commands;

public sealed class BriefCommandTests : IDisposable
{
    private static readonly string Demo = Path.Combine(SharedData.RepositoryRoot, "samples", "demo");

    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Brief_DemoAsJson_MatchesTheSchema()
    {
        var result = await CliRunner.RunAsync("brief", Demo, "--db", ":memory:", "--format", "json", "--quiet");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        BriefingSchema.AssertValid(result.Out);
    }

    [Fact]
    public async Task Brief_DemoAsJson_EveryStoryArticleIsListed()
    {
        var result = await CliRunner.RunAsync("brief", Demo, "--db", ":memory:", "--format", "json", "--quiet");

        using var json = JsonDocument.Parse(result.Out);
        var listed = json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToHashSet();
        var referenced = json.RootElement.GetProperty("stories").EnumerateArray()
            .SelectMany(s => s.GetProperty("articleIds").EnumerateArray().Select(id => id.GetString()));
        Assert.All(referenced, id => Assert.Contains(id, listed));
        Assert.Equal(5, listed.Count);
    }

    [Fact]
    public async Task Brief_DemoAsJson_RolesCiteArticlesOfTheirStory()
    {
        var result = await CliRunner.RunAsync("brief", Demo, "--db", ":memory:", "--format", "json", "--quiet");

        using var json = JsonDocument.Parse(result.Out);
        var stated = json.RootElement.GetProperty("stories").EnumerateArray().SelectMany(story =>
        {
            var storyArticles = story.GetProperty("articleIds").EnumerateArray().Select(id => id.GetString()).ToHashSet();
            return story.GetProperty("entities").EnumerateArray()
                .SelectMany(e => e.GetProperty("statedRoles").EnumerateArray())
                .Select(r => (StoryArticles: storyArticles, Cited: r.GetProperty("articleIds").EnumerateArray().Select(id => id.GetString()).ToList()));
        }).ToList();

        Assert.NotEmpty(stated);
        Assert.All(stated, r => Assert.NotEmpty(r.Cited));
        Assert.All(stated, r => Assert.All(r.Cited, id => Assert.Contains(id, r.StoryArticles)));
    }

    [Fact]
    public async Task Brief_PlaceWithDemonymInStory_EntityEntryCarriesTheDemonymAndMatchesTheSchema()
    {
        var folder = System.IO.Path.GetDirectoryName(_temp.File(System.IO.Path.Combine("corpus", "report.txt"),
            "Convoy reaches the border\n\nIraqi officials said the convoy reached the border on Sunday. "
            + "The convoy then crossed into Iraq at dawn, according to the ministry.\n"))!;

        var result = await CliRunner.RunAsync("brief", folder, "--db", ":memory:", "--format", "json", "--quiet");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        BriefingSchema.AssertValid(result.Out);
        using var json = JsonDocument.Parse(result.Out);
        var place = Assert.Single(
            json.RootElement.GetProperty("stories").EnumerateArray().SelectMany(s => s.GetProperty("entities").EnumerateArray()),
            e => e.GetProperty("name").GetString() == "Iraq");
        Assert.Equal(["Iraqi"], place.GetProperty("demonyms").EnumerateArray().Select(d => d.GetProperty("demonym").GetString()));
    }

    [Fact]
    public async Task Brief_UnknownStory_ExitsNotFound()
    {
        var result = await CliRunner.RunAsync("brief", Demo, "--db", ":memory:", "--story", "s-nope", "--quiet");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("s-nope", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_PathsIntoNewStoreFile_CreatesTheStore()
    {
        var db = _temp.File("new.db");

        var result = await CliRunner.RunAsync("brief", Demo, "--db", db, "--quiet");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.True(File.Exists(db));
    }

    [Fact]
    public async Task Brief_NoPathsAndNoStoreFile_SaysWhatToDo()
    {
        var db = _temp.File("missing.db");

        var result = await CliRunner.RunAsync("brief", "--db", db);

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains("parallax ingest", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task Brief_OneStory_BriefsOnlyThatStory()
    {
        var db = _temp.File("store.db");
        await CliRunner.RunAsync("ingest", Demo, "--db", db, "--quiet");
        var stories = await CliRunner.RunAsync("stories", "--db", db, "--json");
        using var list = JsonDocument.Parse(stories.Out);
        var id = list.RootElement.EnumerateArray().First(s => s.GetProperty("articleCount").GetInt32() == 1).GetProperty("id").GetString()!;

        var result = await CliRunner.RunAsync("brief", "--db", db, "--story", id, "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var story = Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray());
        Assert.Equal(id, story.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Brief_HtmlToFile_EscapesContentAndForbidsScripts()
    {
        var hostile = _temp.File("hostile.jsonl", "{\"title\": \"<script>alert(1)</script> Council vote\", \"text\": \"Council vote delayed\\n\\nThe council delayed its vote on the <script>alert(2)</script> budget until Thursday, the mayor said.\"}\n");
        var output = _temp.File("briefing.html");

        var result = await CliRunner.RunAsync("brief", hostile, "--db", ":memory:", "--format", "html", "-o", output, "--quiet");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var html = await File.ReadAllTextAsync(output);
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_Markdown_HasAHeadingPerStory()
    {
        var result = await CliRunner.RunAsync("brief", Demo, "--db", ":memory:", "--format", "markdown", "--quiet");

        Assert.Equal(2, result.Out.Split('\n').Count(line => line.StartsWith("# ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Brief_Text_DrawsTables()
    {
        var result = await CliRunner.RunAsync("brief", Demo, "--db", ":memory:", "--quiet");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Sources", result.Out, StringComparison.Ordinal);
        Assert.Contains("╭", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_EmptyStore_SaysWhatToDo()
    {
        var result = await CliRunner.RunAsync("brief", "--db", ":memory:");

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains("ingest", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsCommandsAndExitCodes()
    {
        var result = await CliRunner.RunAsync("--help");

        foreach (var command in new[] { "ingest", "brief", "stories", "bench" })
        {
            Assert.Contains(command, result.Out, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes", result.Out, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
