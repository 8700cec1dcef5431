using System.Text.Json;
using System.Text.Json.Serialization;
using CccdPlatform.Cli.SignIn;
using CccdPlatform.Cli.Simulation;

namespace CccdPlatform.Cli.Api;

/// <summary>Source-generated JSON for every shape the client reads or writes: no reflection on the hot path.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(ApplicationForm))]
[JsonSerializable(typeof(ApplicationReceipt))]
[JsonSerializable(typeof(BatchForm))]
[JsonSerializable(typeof(BatchResult))]
[JsonSerializable(typeof(RosterImportResult))]
[JsonSerializable(typeof(CaptureForm))]
[JsonSerializable(typeof(CaptureResult))]
[JsonSerializable(typeof(EIdAccountForm))]
[JsonSerializable(typeof(TokenRequest))]
[JsonSerializable(typeof(StationForm))]
[JsonSerializable(typeof(TeamForm))]
[JsonSerializable(typeof(MachineForm))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(Problem))]
[JsonSerializable(typeof(SimulationSummary))]
[JsonSerializable(typeof(Credentials))]
public sealed partial class CliJson : JsonSerializerContext;
