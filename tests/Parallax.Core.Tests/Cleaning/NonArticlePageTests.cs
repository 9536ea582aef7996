using Parallax.Cleaning;

namespace Parallax.Core.Tests.Cleaning;

public class NonArticlePageTests
{
    private static readonly HtmlExtractor Extractor = new();

    private static string Teasers(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<li><a href=\"/world/story-{i}\">Harbour story number {i} in the islands</a></li>"));

    [Fact]
    public void Extract_SectionFrontOfLinks_RejectsAsIndexPage()
    {
        var html = $"<html><head><title>World</title></head><body><main><h2>Latest from the islands</h2><p>Updated every hour</p><ul>{Teasers(40)}</ul><p>Page 1 of 9</p></main></body></html>";

        var rejected = Assert.Throws<ArticleRejectedException>(() => Extractor.Extract(html));

        Assert.StartsWith("The page looks like an index page: 40 links, 0 paragraphs of prose", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_GalleryOfImages_RejectsAsGallery()
    {
        var images = string.Concat(Enumerable.Range(1, 12).Select(i => $"<div><img src=\"/photo-{i}.jpg\" alt=\"\"></div>"));
        var html = $"<html><head><title>Storm in pictures</title></head><body><main><h2>The storm in pictures</h2><p>Photos by our readers</p>{images}</main></body></html>";

        var rejected = Assert.Throws<ArticleRejectedException>(() => Extractor.Extract(html));

        Assert.StartsWith("The page looks like a gallery: 12 images", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ShortArticleAmongManyLinks_IsKept()
    {
        const string brief = "Ferry services to the northern islands resumed on Tuesday, three days after the storm closed the harbour.";
        var html = $"<html><head><title>Ferries resume</title></head><body><main><article><p>{brief}</p></article><ul>{Teasers(40)}</ul></main></body></html>";

        Assert.Equal(brief, Extractor.Extract(html).Text);
    }
}
