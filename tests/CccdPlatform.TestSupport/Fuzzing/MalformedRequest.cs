using System.Net.Http.Headers;
using System.Text;

namespace CccdPlatform.TestSupport.Fuzzing;

/// <summary>One generated request, kept as raw bytes so that broken UTF-8 and broken JSON reach the service as sent.</summary>
public sealed record MalformedRequest(
    string Fault, HttpMethod Method, string Path, string? ContentType, byte[] Body, string? IdempotencyKey = null)
{
    private const int PreviewBytes = 400;

    public static MalformedRequest Json(string fault, HttpMethod method, string path, byte[] body) =>
        new(fault, method, path, "application/json", body);

    public static MalformedRequest Get(string fault, string pathAndQuery) => new(fault, HttpMethod.Get, pathAndQuery, null, []);

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, Path);
        if (Method != HttpMethod.Get)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        if (IdempotencyKey is not null)
        {
            message.Headers.TryAddWithoutValidation("Idempotency-Key", IdempotencyKey);
        }

        return message;
    }

    public MalformedRequest WithPath(string path) => this with { Path = path };

    public override string ToString()
    {
        var preview = new StringBuilder();
        foreach (var b in Body.Take(PreviewBytes))
        {
            preview.Append(b is >= 0x20 and < 0x7f ? (char)b : $"\\x{b:X2}");
        }

        var more = Body.Length > PreviewBytes ? $"... ({Body.Length} bytes)" : "";
        var key = IdempotencyKey is null ? "" : $" Idempotency-Key: {IdempotencyKey}";
        return $"{Fault}: {Method} {Path} [{ContentType ?? "no content type"}]{key} {preview}{more}";
    }
}
