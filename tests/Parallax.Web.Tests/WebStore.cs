using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Parallax.Briefing;

namespace Parallax.Web.Tests;

/// <summary>
/// A real SQLite store in a temporary folder, filled by the real 'parallax ingest', served by the
/// real application through WebApplicationFactory. Settings can be added per test (urls, token).
/// </summary>
public class WebStore : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly List<WebApplicationFactory<ParallaxWebOptions>> _factories = [];

    public WebStore()
        : this(Path.Combine(SharedData.RepositoryRoot, "samples", "demo"))
    {
    }

    protected WebStore(params string[] inputs)
    {
        Database = _directory.File("store.db");
        if (inputs.Length > 0)
        {
            var result = CliRunner.RunAsync(["ingest", .. inputs, "--db", Database, "--quiet"]).GetAwaiter().GetResult();
            Assert.True(result.ExitCode == 0, "ingest failed: " + result.Error);
        }

        Client = CreateClient();
    }

    public static JsonSerializerOptions Json { get; } = BriefingJson.Options;

    public string Database { get; }

    public HttpClient Client { get; }

    /// <summary>A client of a separate application instance over the same store, with extra settings.</summary>
    public HttpClient CreateClient(params (string Key, string Value)[] settings)
    {
        var factory = new WebApplicationFactory<ParallaxWebOptions>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Parallax:Database", Database);
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });
        _factories.Add(factory);
        return factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public async Task<T> GetJsonAsync<T>(string url)
    {
        var value = await Client.GetFromJsonAsync<T>(url, Json);
        Assert.NotNull(value);
        return value;
    }

    public void Dispose()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }

        _directory.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>An empty store, for tests that ingest through the API.</summary>
public sealed class EmptyWebStore : WebStore
{
    public EmptyWebStore()
        : base([])
    {
    }
}
