using System.Text.Json;

namespace Parallax.Cli.Tests.EndToEnd;

/// <summary>
/// Briefs the five real seed reports (../shared/corpus/seeds) and checks what a careful reader of
/// them would check. The names and phrases here describe that corpus; the product code knows
/// nothing about it.
/// </summary>
public sealed class SeedCorpusBriefingTests
{
    private const string Seeds = "corpus/seeds";

    private static readonly Lazy<Task<string>> Briefing = new(async () =>
    {
        var result = await CliRunner.RunAsync("brief", SharedData.Path(Seeds), "--db", ":memory:", "--format", "json", "--quiet");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        return result.Out;
    });

    private static async Task<JsonElement> StoryAsync()
    {
        using var document = JsonDocument.Parse(await Briefing.Value);
        return Assert.Single(document.RootElement.GetProperty("stories").EnumerateArray()).Clone();
    }

    private static async Task<JsonElement> RootAsync()
    {
        using var document = JsonDocument.Parse(await Briefing.Value);
        return document.RootElement.Clone();
    }

    [SharedDataFact(Seeds)]
    public async Task Brief_Seeds_MatchesTheSchema() => BriefingSchema.AssertValid(await Briefing.Value);

    [SharedDataFact(Seeds)]
    public async Task Brief_Seeds_IsOneStoryOfFiveArticles()
    {
        var story = await StoryAsync();
        Assert.Equal(5, story.GetProperty("articleIds").GetArrayLength());
    }

    [SharedDataFact(Seeds)]
    public async Task Brief_Seeds_ThreeSpellingsOfThePrimeMinisterAreOnePerson()
    {
        var story = await StoryAsync();
        var holders = story.GetProperty("entities").EnumerateArray()
            .Where(e => e.GetProperty("aliases").EnumerateArray().Any(a => a.GetString()!.Contains("Kadhimi", StringComparison.OrdinalIgnoreCase)
                || a.GetString()!.Contains("Kazimi", StringComparison.OrdinalIgnoreCase)
                || a.GetString()!.Contains("Kazemi", StringComparison.OrdinalIgnoreCase)))
            .ToList();

        var person = Assert.Single(holders);
        Assert.Equal("person", person.GetProperty("type").GetString());
        var aliases = string.Join("|", person.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("Kadhimi", aliases, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Kazimi", aliases, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Kazemi", aliases, StringComparison.OrdinalIgnoreCase);
        Assert.True(person.GetProperty("articleIds").GetArrayLength() >= 4);
    }

    [SharedDataFact(Seeds)]
    public async Task Brief_Seeds_RolesStayWithTheirPeople()
    {
        var story = await StoryAsync();
        var roles = story.GetProperty("entities").EnumerateArray()
            .ToDictionary(e => e.GetProperty("name").GetString()!, e => string.Join("|", e.GetProperty("roles").EnumerateArray().Select(r => r.GetString())));

        Assert.Contains(roles, kv => kv.Key.Contains("Fuad Hussein", StringComparison.Ordinal) && kv.Value.Contains("Foreign Minister", StringComparison.Ordinal));
        Assert.Contains(roles, kv => kv.Key.Contains("John Kirby", StringComparison.Ordinal) && kv.Value.Contains("Press Secretary", StringComparison.Ordinal));
    }

    [SharedDataFact(Seeds)]
    public async Task Brief_Seeds_NoCommentOrSidebarTextAnywhere()
    {
        var json = await Briefing.Value;
        string[] boilerplate =
        [
            "Leave A Reply", "Please enter your comment", "Please enter your name", "Dear reader",
            "sign in", "Also Read", "Northrop Grumman", "JF-17", "FEATURES/INTERVIEWS", "swordsmen",
            "without a sound", "Image for reference", "Our Bureau", "9552", "condensed version",
        ];
        Assert.All(boilerplate, phrase => Assert.DoesNotContain(phrase, json, StringComparison.OrdinalIgnoreCase));
    }

    [SharedDataFact(Seeds)]
    public async Task Brief_Seeds_QuotesCarryTheirSpeakers()
    {
        var story = await StoryAsync();
        var quotes = story.GetProperty("quotes").EnumerateArray().ToList();

        Assert.True(quotes.Count >= 8, $"only {quotes.Count} quotes found");
        Assert.All(quotes, q => Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("speaker").GetProperty("name").GetString())));
        var fighters = quotes.First(q => q.GetProperty("text").GetString()!.Contains("any more fighters", StringComparison.Ordinal));
        Assert.Contains("Hussein", fighters.GetProperty("speaker").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Contains("Wall Street Journal", fighters.GetProperty("via").GetString(), StringComparison.Ordinal);
        Assert.Contains(quotes, q => q.GetProperty("speaker").GetProperty("anonymous").GetBoolean());
    }

    [SharedDataFact(Seeds)]
    public async Task Brief_Seeds_RelativeDatesAreResolved()
    {
        var root = await RootAsync();
        var articles = root.GetProperty("articles").EnumerateArray().ToList();
        var dated = articles.Where(a => a.GetProperty("published").ValueKind == JsonValueKind.String).ToList();
        Assert.Contains(dated, a => a.GetProperty("published").GetString() == "2021-07-24" && a.GetProperty("publishedInferred").GetBoolean());

        var timeline = root.GetProperty("stories")[0].GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("date").GetString()).ToList();
        Assert.Contains("2021-07-26", timeline);
        Assert.Contains("2014", timeline);
    }

    [SharedDataFact(Seeds)]
    public async Task Brief_Seeds_CommitmentToEndCombatMissionHasADeadline()
    {
        var story = await StoryAsync();
        var commitments = story.GetProperty("commitments").EnumerateArray().ToList();

        Assert.Contains(commitments, c => c.GetProperty("deadline").ValueKind == JsonValueKind.String
            && c.GetProperty("deadline").GetString()!.Contains("2021", StringComparison.Ordinal));
    }
}
