using System.Net.Http.Json;
using Microsoft.Playwright;
using Parallax.Briefing;
using Parallax.Web.Corpus;
using Parallax.Web.Stories;
using Xunit.Abstractions;

namespace Parallax.Web.Tests.Browser;

public sealed class StoryBrowsingTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    private async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900)
    {
        var page = await session.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await page.GotoAsync(new Uri(session.Address, path).ToString());
        return page;
    }

    private async Task ShotAsync(IPage page, string name)
    {
        var file = Path.Combine(session.Screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        output.WriteLine("screenshot: " + file);
    }

    private async Task<StorySummary> LargestStoryAsync()
    {
        using var http = new HttpClient { BaseAddress = session.Address };
        var stories = await http.GetFromJsonAsync<PageOf<StorySummary>>("/api/stories?pageSize=100", BriefingJson.Options);
        return stories!.Items.MaxBy(s => s.ArticleCount)!;
    }

    [BrowserFact("corpus/seeds")]
    public async Task SeedStory_FromListToQuote_ShowsTimelineMatrixQuotesAndHighlight()
    {
        var story = await LargestStoryAsync();
        var list = await OpenAsync("/");
        Assert.True(await list.Locator("ol.stories > li").CountAsync() >= 2);
        await ShotAsync(list, "1-story-list");

        await list.ClickAsync($"a[href='/stories/{story.Id}']");
        await list.WaitForURLAsync($"**/stories/{story.Id}");
        Assert.True(await list.Locator("svg.timeline-chart rect.bar").CountAsync() >= 1);
        Assert.True(await list.Locator("table.matrix td.confirmed").CountAsync() >= 1);
        Assert.True(await list.Locator("ul.speakers > li").CountAsync() >= 2);
        await ShotAsync(list, "2-seed-story");

        var quoteLink = list.Locator("a[href*='#quote-']").First;
        var target = (await quoteLink.GetAttributeAsync("href"))!.Split('#')[1];
        await quoteLink.ClickAsync();
        await list.WaitForURLAsync($"**/articles/**#{target}");
        var highlighted = list.Locator($"mark.quote#{target}");
        Assert.True(await highlighted.IsVisibleAsync());
        Assert.Equal(target, await list.EvaluateAsync<string>("document.querySelector(':target').id"));
        Assert.True(await list.Locator("mark.entity").CountAsync() >= 1);
        await ShotAsync(list, "3-quote-in-article");
    }

    [BrowserFact]
    public async Task HostileArticle_Posted_RendersInert()
    {
        using var http = new HttpClient { BaseAddress = session.Address };
        var response = await http.PostAsJsonAsync("/api/articles", new
        {
            title = "Council <img src=x onerror=\"window.pwned=1\"> budget",
            text = "The council met on Monday. <script>window.pwned = 1; alert('x')</script> Officials said the " +
                "<img src=x onerror=\"window.pwned=1\"> budget of 12 million euros was approved.",
        });
        var entry = (await response.Content.ReadFromJsonAsync<ArticleEntry>(BriefingJson.Options))!;
        var dialogs = 0;

        var page = await OpenAsync($"/articles/{entry.Id}");
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await page.ReloadAsync();

        Assert.Equal(0, dialogs);
        Assert.Null(await page.EvaluateAsync<int?>("window.pwned"));
        Assert.Equal(0, await page.Locator("main script, main img").CountAsync());
        Assert.Contains("<script>", await page.Locator(".article-text").InnerTextAsync(), StringComparison.Ordinal);
        await ShotAsync(page, "4-hostile-article");
    }

    [BrowserFact]
    public async Task NarrowScreen_StoryPage_DoesNotScrollSideways()
    {
        var story = await LargestStoryAsync();

        var page = await OpenAsync($"/stories/{story.Id}", width: 360, height: 740);

        // Names the elements that stick out, so a failure says what to fix.
        var overflowing = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('body *')]
              .filter(e => (e.classList.contains('table-scroll') || !e.closest('.table-scroll')) && e.getBoundingClientRect().right > window.innerWidth + 1)
              .slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 40))
            """);
        Assert.Empty(overflowing);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await ShotAsync(page, "5-narrow-story");
    }

    [BrowserFact]
    public async Task Keyboard_FirstTab_ReachesTheSkipLinkWhichIsShown()
    {
        var page = await OpenAsync("/");

        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("skip", await page.EvaluateAsync<string>("document.activeElement.className"));
        Assert.True(await page.Locator("a.skip").IsVisibleAsync());
    }
}
