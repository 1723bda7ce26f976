; Inno Setup script: the Windows installer of loyalty-desktop, made from the one-folder build.
; NOT built or run in this project's CI (it has no Windows): on a Windows machine with Python
; 3.11 and Inno Setup 6,
;     py -m venv .venv && .venv\Scripts\pip install -e ".[dist]"
;     .venv\Scripts\python scripts\translations.py release
;     .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\loyalty-desktop.spec
;     iscc /DAppVersion=0.1.0 installer\windows\loyalty-desktop.iss
; gives dist\loyalty-desktop-0.1.0-setup.exe. It installs for the current user (no administrator
; needed), adds a Start-menu entry (and a desktop icon if asked) and an uninstaller. The shop's
; data lives in %LOCALAPPDATA%\loyalty-desktop (the database, backups, the log), which this
; installer never creates and its uninstaller never deletes.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E0B9F0A-3C1D-4C8E-9A57-2F4D1B7C9E31}
AppName=Loyalty Desktop
AppVersion={#AppVersion}
AppPublisher=loyalty-desktop
DefaultDirName={autopf}\loyalty-desktop
DefaultGroupName=Loyalty Desktop
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=loyalty-desktop-{#AppVersion}-setup
SetupIconFile=resources\icons\loyalty-desktop.ico
UninstallDisplayIcon={app}\loyalty-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\loyalty-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Loyalty Desktop"; Filename: "{app}\loyalty-desktop.exe"
Name: "{group}\{cm:UninstallProgram,Loyalty Desktop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Loyalty Desktop"; Filename: "{app}\loyalty-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\loyalty-desktop.exe"; Description: "{cm:LaunchProgram,Loyalty Desktop}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: only the files installed above are removed. The shop's data in
; %LOCALAPPDATA%\loyalty-desktop stays, so reinstalling or upgrading finds the shop as it was.
