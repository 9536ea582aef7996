using System.Net;
using Parallax.Web.Articles;
using Parallax.Web.Corpus;
using Parallax.Web.Search;
using Parallax.Web.Stories;

namespace Parallax.Web.Tests.Search;

public sealed class SearchApiTests(WebStore store) : IClassFixture<WebStore>
{
    /// <summary>A longish word from some article of the store, and that article's id.</summary>
    private async Task<(string Word, string ArticleId)> WordFromAnArticleAsync()
    {
        var stories = await store.GetJsonAsync<PageOf<StorySummary>>("/api/stories");
        var briefing = await store.GetJsonAsync<Parallax.Briefing.BriefingDocument>($"/api/stories/{stories.Items[0].Id}");
        var article = await store.GetJsonAsync<ArticleDetail>($"/api/articles/{briefing.Articles[0].Id}");
        var word = article.Text.Split(' ', '\n').Select(w => new string([.. w.Where(char.IsLetter)])).First(w => w.Length >= 7);
        return (word, article.Article.Id);
    }

    [Fact]
    public async Task Search_WordOfAnArticle_FindsItWithTheMatchMarked()
    {
        var (word, articleId) = await WordFromAnArticleAsync();

        var results = await store.GetJsonAsync<List<SearchResult>>($"/api/search?q={Uri.EscapeDataString(word.ToUpperInvariant())}");

        var hit = Assert.Single(results, r => r.ArticleId == articleId);
        Assert.NotEmpty(hit.Matches);
        Assert.All(hit.Matches, m => Assert.Equal(word, hit.Snippet.Substring(m.Start, m.Length), StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_QueryWithOperatorsAndQuotes_IsTakenAsPlainWords()
    {
        var response = await store.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("\"unbalanced NEAR( title: OR *"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Search_NoQuery_ValidationProblemNamingQ()
    {
        await ProblemAssert.NamesFieldAsync(await store.Client.GetAsync("/api/search?q=%20"), "q");
    }

    [Fact]
    public async Task SearchPage_WordOfAnArticle_ListsItWithHighlight()
    {
        var (word, articleId) = await WordFromAnArticleAsync();

        var html = await store.Client.GetStringAsync($"/search?q={Uri.EscapeDataString(word)}");

        Assert.Contains($"href=\"/articles/{articleId}\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"hit\">", html, StringComparison.Ordinal);
    }
}
