using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CccdPlatform.Identity.Tests;

/// <summary>Speaks to the token endpoint as a client would.</summary>
public sealed class TokenClient(Uri address) : IDisposable
{
    public HttpClient Http { get; } = new() { BaseAddress = address };

    public async Task<(int Status, JsonElement Body)> PostAsync(string path, params (string Key, string Value)[] form)
    {
        using var response = await Http.PostAsync(path, new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Key, f.Value))));
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public async Task<string> ClientCredentialsAsync(string clientId = IdentityHost.Integrator, string secret = IdentityHost.IntegratorSecret)
    {
        var (status, body) = await PostAsync("/connect/token",
            ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret));
        Assert.True(status == 200, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    public async Task<int> CallAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", token);
        using var response = await Http.SendAsync(request);
        return (int)response.StatusCode;
    }

    public static JsonWebToken Read(string token) => new JsonWebTokenHandler().ReadJsonWebToken(token);

    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public void Dispose() => Http.Dispose();
}
