namespace Parallax.Web.Tests.Security;

public sealed class SecurityHeadersTests(WebStore store) : IClassFixture<WebStore>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/stories")]
    [InlineData("/api/stories/no-such-story")]
    [InlineData("/assets/site.css")]
    public async Task Response_AnyPage_ForbidsInlineScriptAndForeignResources(string url)
    {
        var response = await store.Client.GetAsync(url);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Pages_Html_LoadNothingFromElsewhereAndNoInlineStyle()
    {
        var html = await store.Client.GetStringAsync("/");

        Assert.Contains("href=\"/assets/site.css\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }
}
