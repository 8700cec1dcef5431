using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.Cli.Device;

/// <summary>The device service's routes: HTTP only; the device decides.</summary>
public static class DeviceApi
{
    public static Results<Ok<IReadOnlyList<DeviceDescriptor>>, ValidationProblem> Discover(string? type, HttpContext context, SimulatedDevice device)
    {
        BioType? wanted = null;
        if (!string.IsNullOrEmpty(type) && !type.Equals("Biometric Device", StringComparison.OrdinalIgnoreCase))
        {
            if (!Enum.TryParse<BioType>(type, ignoreCase: true, out var parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["type"] = ["Finger, Face, Iris or Biometric Device (all)."],
                });
            }

            wanted = parsed;
        }

        return TypedResults.Ok(device.Discover(wanted, new Uri($"{context.Request.Scheme}://{context.Request.Host}/")));
    }

    public static Ok<IReadOnlyList<DeviceInfo>> Info(SimulatedDevice device) => TypedResults.Ok(device.Devices());

    public static Results<Ok<DeviceInfo>, NotFound> InfoOf(string deviceId, SimulatedDevice device) =>
        device.Devices().FirstOrDefault(d => d.DeviceId == deviceId) is { } info ? TypedResults.Ok(info) : TypedResults.NotFound();

    public static async Task<Results<Ok<CaptureResponse>, ValidationProblem, ProblemHttpResult>> CaptureAsync(
        CaptureRequest request, SimulatedDevice device, CancellationToken cancellationToken)
    {
        var outcome = await device.CaptureAsync(request, cancellationToken);
        return outcome switch
        {
            { Response: { } response } => TypedResults.Ok(response),
            { Errors: { } errors } => TypedResults.ValidationProblem(errors),
            { IsBusy: true } => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Device busy.",
                detail: "A device named in the request is capturing for another transaction; try again when it is Ready."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status504GatewayTimeout, title: "Capture timed out.",
                detail: "Nothing good enough was captured within timeoutMs; capture again."),
        };
    }

    public static Ok<SimulationConditions> Conditions(SimulatedDevice device) => TypedResults.Ok(device.Conditions);

    public static Results<Ok<SimulationConditions>, ValidationProblem> SetConditions(SimulationConditions conditions, SimulatedDevice device)
    {
        if (conditions.Errors() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        device.Conditions = conditions;
        return TypedResults.Ok(conditions);
    }
}
