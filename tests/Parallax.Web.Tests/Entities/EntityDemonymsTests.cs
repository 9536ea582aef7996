using Parallax.Briefing;
using Parallax.Web.Corpus;

namespace Parallax.Web.Tests.Entities;

public sealed class EntityDemonymsTests : IDisposable
{
    private readonly EmptyWebStore _store = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("parallax-demonyms-").FullName;

    [Fact]
    public async Task Get_PlaceWithDemonymsInTwoStories_CitesTheArticlesOfBothAndShowsThemOnItsPage()
    {
        // Two unrelated stories (fictional reports) that both mention Portugal and its people.
        Write("harbour.txt", "Harbour cranes fail in Lisbon", "Portuguese dock workers stopped the cranes in Lisbon on Monday. The port authority of Portugal said repairs would take a week.");
        Write("orchestra.txt", "Orchestra opens season in Porto", "The Portuguese conductor Maria Vale opened the concert season in Porto, the second city of Portugal, with a new symphony.");
        var ingest = await CliRunner.RunAsync("ingest", _folder, "--db", _store.Database, "--quiet");
        Assert.Equal(0, ingest.ExitCode);

        var found = await _store.GetJsonAsync<PageOf<EntityEntry>>("/api/entities?q=Portuguese");
        var place = Assert.Single(found.Items, e => e.Demonyms.Count > 0);
        var demonym = Assert.Single(place.Demonyms);
        var page = await _store.Client.GetStringAsync($"/entities/{place.Id}");

        Assert.Equal("Portugal", place.Name);
        Assert.Equal("Portuguese", demonym.Demonym, ignoreCase: true);
        Assert.Equal(2, demonym.ArticleIds.Count);
        Assert.Contains("Demonyms: Portuguese", page, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void Write(string name, string title, string text) =>
        File.WriteAllText(Path.Combine(_folder, name), title + "\n\n" + text + "\n");
}
