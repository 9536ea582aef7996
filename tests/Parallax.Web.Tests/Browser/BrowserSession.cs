using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Parallax.Web.Tests.Browser;

/// <summary>
/// The real server on a free loopback port (Kestrel, as 'parallax serve' runs it) over a store of
/// the demo corpus and (when present) the seed reports, and Debian's chromium driven by Playwright. Playwright
/// never downloads a browser here: scripts/install-browser.sh installs the distribution's package.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime, IDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly TempDirectory _directory = new();
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public static string? Unavailable =>
        File.Exists(Chromium) ? null : $"{Chromium} is absent (scripts/install-browser.sh installs Debian's chromium)";

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (Unavailable is not null)
        {
            return;
        }

        var database = _directory.File("store.db");
        string[] inputs = SharedData.Has("corpus/seeds")
            ? [Path.Combine(SharedData.RepositoryRoot, "samples", "demo"), SharedData.Path("corpus/seeds")]
            : [Path.Combine(SharedData.RepositoryRoot, "samples", "demo")];
        var ingest = await CliRunner.RunAsync(["ingest", .. inputs, "--db", database, "--quiet"]);
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        _app = ParallaxWebApp.Build([$"--Parallax:Database={database}", "--urls=http://127.0.0.1:0"]);
        await _app.StartAsync();
        Address = new Uri(_app.Urls.First());
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // Chromium's sandbox cannot start as root (CI runs as root).
            Args = Environment.UserName == "root" ? ["--no-sandbox"] : [],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>Runs after <see cref="DisposeAsync"/>, once the server has released the store.</summary>
    public void Dispose() => _directory.Dispose();
}

/// <summary>A browser test: skipped, with the reason shown, when chromium (or the shared data it names) is absent.</summary>
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute(string? sharedData = null)
    {
        if (BrowserSession.Unavailable is { } reason)
        {
            Skip = reason;
        }
        else if (sharedData is not null && !SharedData.Has(sharedData))
        {
            Skip = $"shared data '{sharedData}' is absent (expected ../shared/{sharedData} beside the repository)";
        }
    }
}
