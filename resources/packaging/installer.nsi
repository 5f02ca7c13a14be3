; 督办台账 installer (NSIS 3, Unicode). Installs for the current user only — no
; administrator rights — into %LOCALAPPDATA%\Programs\督办台账, adds Start-menu and
; desktop shortcuts and an entry in “应用和功能 / 程序和功能”. Uninstalling removes the
; program files and shortcuts; the registers, backups and logs in %APPDATA%\DubanTaizhang
; are the clerk's data and stay where they are.
;
; Built by resources/packaging/build.py:
; (makensis works in this folder, so SOURCE_DIR and OUTFILE are absolute paths):
;   makensis /DVERSION=0.1.0 /DSOURCE_DIR=C:/…/dist/督办台账 /DOUTFILE=dist/督办台账-安装程序-0.1.0.exe installer.nsi

Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!ifndef VERSION
  !error "pass /DVERSION=x.y.z"
!endif
!ifndef SOURCE_DIR
  !error "pass /DSOURCE_DIR=the PyInstaller folder (dist/督办台账)"
!endif
!ifndef OUTFILE
  !define OUTFILE "督办台账-安装程序-${VERSION}.exe"
!endif
!ifndef FILE_VERSION
  !define FILE_VERSION "${VERSION}.0"
!endif

!define APP_NAME "督办台账"
!define APP_ID "DubanTaizhang"
!define PUBLISHER "督办台账"
!define MAIN_EXE "desktop-app.exe"
!define CLI_EXE "desktop-app-cli.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define SETTINGS_KEY "Software\${APP_ID}\Installer"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${FILE_VERSION}"
VIAddVersionKey /LANG=2052 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=2052 "FileDescription" "${APP_NAME} 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"

!define MUI_ICON "..\icons\app.ico"
!define MUI_UNICON "..\icons\app.ico"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TITLE "欢迎安装 ${APP_NAME} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "${APP_NAME}用于把年度工作要点分解为任务、责任到人、每周督办并打印报表。$\r$\n$\r$\n本程序只为当前 Windows 用户安装，不需要管理员权限。$\r$\n$\r$\n点击“下一步”继续。"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${MAIN_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "立即运行 ${APP_NAME}"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "将从电脑中卸载${APP_NAME}的程序文件和快捷方式。$\r$\n您的台账、备份和日志（在 %APPDATA%\${APP_ID} 中）不会被删除。"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "${APP_NAME}" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An older version's libraries go first so that no stale file is left beside the new ones.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*"
  WriteUninstaller "$INSTDIR\卸载${APP_NAME}.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${MAIN_EXE}" "" "$INSTDIR\${MAIN_EXE}" 0
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${MAIN_EXE}" "" "$INSTDIR\${MAIN_EXE}" 0

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${MAIN_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\卸载${APP_NAME}.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\卸载${APP_NAME}.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Only what the installer put there: never the user's data folder (%APPDATA%\DubanTaizhang),
  ; and never a folder the clerk may have pointed the installation at wholesale.
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${MAIN_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\卸载${APP_NAME}.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  DeleteRegKey /ifempty HKCU "Software\${APP_ID}"
SectionEnd
