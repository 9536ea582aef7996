using System.Net;
using Parallax.Briefing;
using Parallax.Web.Articles;
using Parallax.Web.Corpus;
using Parallax.Web.Stories;

namespace Parallax.Web.Tests.Articles;

public sealed class ArticlesApiTests(WebStore store) : IClassFixture<WebStore>
{
    private async Task<IReadOnlyList<ArticleDetail>> AllArticlesAsync()
    {
        var stories = await store.GetJsonAsync<PageOf<StorySummary>>("/api/stories?pageSize=100");
        var details = new List<ArticleDetail>();
        foreach (var summary in stories.Items)
        {
            var briefing = await store.GetJsonAsync<BriefingDocument>($"/api/stories/{summary.Id}");
            foreach (var article in briefing.Articles)
            {
                details.Add(await store.GetJsonAsync<ArticleDetail>($"/api/articles/{article.Id}"));
            }
        }

        return details;
    }

    [Fact]
    public async Task Get_EveryArticle_SpansLineUpWithTheText()
    {
        var articles = await AllArticlesAsync();

        Assert.NotEmpty(articles);
        Assert.Contains(articles, a => a.Entities.Count > 0 && a.Quotes.Count > 0 && a.Times.Count > 0 && a.Quantities.Count > 0);
        foreach (var a in articles)
        {
            Assert.All(a.Entities, e => Assert.Equal(e.Text, a.Text.Substring(e.Start, e.Length)));
            Assert.All(a.Quotes, q =>
            {
                Assert.InRange(q.Start + q.Length, 1, a.Text.Length);
                Assert.False(string.IsNullOrWhiteSpace(a.Text.Substring(q.Start, q.Length)));
            });
            Assert.All(a.Times, t => Assert.InRange(t.Start + t.Length, 1, a.Text.Length));
            Assert.All(a.Quantities, n => Assert.Contains(a.Text.Substring(n.Start, n.Length), char.IsLetterOrDigit));
        }
    }

    [Fact]
    public async Task Get_UnknownArticle_NotFoundProblem()
    {
        await ProblemAssert.IsProblemAsync(await store.Client.GetAsync("/api/articles/0000000000000000"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ArticlePage_Article_HighlightsAnnotationsAndLinksToItsStory()
    {
        var article = (await AllArticlesAsync()).First(a => a.Entities.Count > 0 && a.Quotes.Count > 0);

        var html = await store.Client.GetStringAsync($"/articles/{article.Article.Id}");

        Assert.Contains($"href=\"/stories/{article.Article.StoryId}\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"entity ", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"quote-{article.Quotes[0].Start}\"", html, StringComparison.Ordinal);
    }
}
