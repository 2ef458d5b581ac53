namespace Exceed.Web;

/// <summary>Marker for the UI strings in Resources/Ui.*.resx (en, zh-Hans, zh-Hant).</summary>
public sealed class Ui;
