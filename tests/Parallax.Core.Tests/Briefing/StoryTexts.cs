using Parallax.Analysis;
using Parallax.Briefing;
using Parallax.Core.Tests.Clustering;

namespace Parallax.Core.Tests.Briefing;

internal static class StoryTexts
{
    public static StoryText Of(IReadOnlyDictionary<string, string>? duplicates, params ArticleAnalysis[] articles) =>
        new([.. articles.Select(a => a.Article.Id)], articles, duplicates ?? new Dictionary<string, string>());

    public static ArticleAnalysis Article(string id, string text, string title = "Untitled", string? outlet = null) =>
        TestArticles.Analyze(id, title, text, TestCoverage.Monday, outlet);
}
