; Inno Setup 6 script: a per-user installer for Windows, no administrator rights asked.
; Built by .github/workflows/release.yml after PyInstaller has made dist\copeditor\:
;   iscc /DAppVersion=0.1.0 packaging\windows\copeditor.iss
; Result: dist\copeditor-<version>-windows-x86_64-setup.exe

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "COP Submission Editor"
#define Root "..\.."

[Setup]
; The same AppId in every release, so a new version replaces the old one.
AppId={{5D061FB1-19B9-4034-BC9C-36347C3FA510}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=COP Submission Editor
; Per user: installed under %LOCALAPPDATA%\Programs, with Start menu entries for this user only.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=copeditor-{#AppVersion}-windows-x86_64-setup
SetupIconFile={#Root}\resources\icons\copeditor.ico
UninstallDisplayIcon={app}\copeditor.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: copeditor.exe (the editor), copeditor-cli.exe (the command line
; and --self-test), _internal\ with Qt's libraries as separate, replaceable files, LICENSES.
Source: "{#Root}\dist\copeditor\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\copeditor.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\copeditor.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\copeditor.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
