using Microsoft.Extensions.Configuration;
using Parallax.Web.Security;

namespace Parallax.Web.Tests.Security;

public sealed class ApiAccessTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000", false)]
    [InlineData("http://localhost:5000", false)]
    [InlineData("http://[::1]:5000", false)]
    [InlineData("http://127.0.0.1:5000;http://[::1]:5001", false)]
    [InlineData("http://0.0.0.0:5000", true)]
    [InlineData("http://[::]:8080", true)]
    [InlineData("http://*:5000", true)]
    [InlineData("http://+:5000", true)]
    [InlineData("http://192.168.1.20:5000", true)]
    [InlineData("http://example.org", true)]
    [InlineData("http://127.0.0.1:5000;http://0.0.0.0:5001", true)]
    public void ListensBeyondLoopback_Urls_TellsLoopbackFromExposed(string urls, bool exposed)
    {
        Assert.Equal(exposed, ApiAccess.ListensBeyondLoopback(urls));
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:5000", false)]
    [InlineData("http_ports", "8080", true)]
    [InlineData("Kestrel:Endpoints:Web:Url", "http://0.0.0.0:8080", true)]
    [InlineData("Kestrel:Endpoints:Web:Url", "http://localhost:8080", false)]
    public void Exposed_ConfiguredAddress_FollowsEverySettingKestrelReads(string key, string value, bool exposed)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        Assert.Equal(exposed, new ApiAccess(ParallaxWebOptions.From(configuration)).Exposed);
    }
}
