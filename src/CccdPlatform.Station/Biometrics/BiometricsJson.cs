using System.Text.Json;
using System.Text.Json.Serialization;

namespace CccdPlatform.Station.Biometrics;

/// <summary>Source-generated JSON for the biometrics step: the app is trimmed, so no reflection.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FoundDevice[]))]
[JsonSerializable(typeof(DeviceCaptureRequest))]
[JsonSerializable(typeof(DeviceCapture))]
[JsonSerializable(typeof(DeviceSetting))]
[JsonSerializable(typeof(CaptureSubmission))]
[JsonSerializable(typeof(CaptureAnswer))]
[JsonSerializable(typeof(ApplicationFacts))]
public sealed partial class BiometricsJson : JsonSerializerContext;
