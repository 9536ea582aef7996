using Parallax.Articles;

namespace Parallax.Cleaning;

/// <summary>Placeholder: being implemented. Turns an input into a cleaned, identified article.</summary>
public sealed class ArticlePreparer
{
    public Article Prepare(ArticleInput input)
    {
        var text = input.Text ?? input.Html ?? throw new ArgumentException("The article has neither text nor HTML.", nameof(input));
        var title = input.Title ?? text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
        return new Article
        {
            Id = ArticleId.FromText(text),
            Path = input.Path,
            Url = input.Url,
            Title = title,
            Outlet = input.Outlet ?? (Uri.TryCreate(input.Url, UriKind.Absolute, out var u) ? u.Host : null),
            Published = input.Published,
            Language = input.Language ?? "en",
            Text = text,
        };
    }
}
