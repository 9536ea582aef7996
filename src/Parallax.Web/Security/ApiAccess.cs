using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using System.Security.Cryptography;
using System.Text;

namespace Parallax.Web.Security;

/// <summary>
/// Decides whether a write request may proceed. On loopback only the local user can reach the
/// server, so no token is needed unless one is configured; once the server listens on any other
/// address, writes need the configured bearer token, and with none configured they are refused.
/// </summary>
internal sealed class ApiAccess(ParallaxWebOptions options, IServer? server = null)
{
    private readonly byte[]? _tokenHash = options.ApiToken is null ? null : Hash(options.ApiToken);
    private readonly bool _configuredExposed = ListensBeyondLoopback(options.Urls);

    /// <summary>
    /// True when the configuration or the addresses the server actually bound (which can come
    /// from settings this class does not read) reach beyond loopback.
    /// </summary>
    public bool Exposed => _configuredExposed
        || ListensBeyondLoopback(string.Join(';', server?.Features.Get<IServerAddressesFeature>()?.Addresses ?? []));

    /// <summary>Null when the request may write, else the problem to answer with.</summary>
    public IResult? Check(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_tokenHash is null)
        {
            return Exposed
                ? TypedResults.Problem(
                    title: "Ingest is disabled",
                    detail: $"The server listens beyond loopback; set {ParallaxWebOptions.TokenVariable} to allow writes with a bearer token.",
                    statusCode: StatusCodes.Status403Forbidden)
                : null;
        }

        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var given = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;

        // Hashing first gives both sides the same length, so the comparison time reveals neither
        // the token's length nor how much of it matched.
        if (given is not null && CryptographicOperations.FixedTimeEquals(Hash(given), _tokenHash))
        {
            return null;
        }

        request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return TypedResults.Problem(
            title: "API token required",
            detail: "Send 'Authorization: Bearer TOKEN' with the configured API token.",
            statusCode: StatusCodes.Status401Unauthorized);
    }

    /// <summary>True when any configured address is not loopback (a wildcard, 0.0.0.0, a host name other than localhost, a LAN address).</summary>
    internal static bool ListensBeyondLoopback(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(url => !IsLoopback(url));

    private static bool IsLoopback(string url)
    {
        var withoutScheme = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var authority = withoutScheme.Split('/')[0];
        var close = authority.IndexOf(']', StringComparison.Ordinal);
        var host = authority.StartsWith('[') ? authority[1..Math.Max(1, close)] : authority.Split(':')[0];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
