using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace CccdPlatform.ServiceDefaults.Http;

/// <summary>
/// Turns a body that cannot be read (broken JSON, a wrong type, an unknown enum value) into RFC 7807 validation
/// problem details that name the offending field, instead of a bare 400.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var field = badRequest.InnerException is JsonException { Path: { Length: > 1 } path }
            ? FieldName(path)
            : BoundParameter().Match(badRequest.Message) is { Success: true } parameter ? JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value) : "body";
        var message = badRequest.InnerException is JsonException
            ? "This value is not valid here (wrong type, format or unknown value), or the JSON is broken."
            : badRequest.Message;

        context.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = badRequest.StatusCode,
                Title = "The request could not be read.",
            },
            Exception = exception,
        });
    }

    // 'Failed to bind parameter "NotServedReason? reason" from "xyz".' -> "reason"
    [GeneratedRegex(@"parameter ""[^""]* (?<name>\w+)""")]
    private static partial Regex BoundParameter();

    // "$.permanentAddress.provinceCode" -> "permanentAddress.provinceCode"
    private static string FieldName(string jsonPath) => jsonPath.StartsWith("$.", StringComparison.Ordinal)
        ? jsonPath[2..]
        : jsonPath.TrimStart('$');
}
